"""hogo (保護): confidential case management for consular protection and return."""
