"""Record linkage of person-record files: no database, no Django.

`records` reads and checks the person-record format, `features` derives the
comparable keys from hogo.lib, `model` builds the Splink model, and `engine`
runs a linkage job from two files to a links file.
"""
