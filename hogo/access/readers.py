"""Who is asking: an active, signed-in user, or nobody the policy answers."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from hogo.accounts.models import User

# Every policy function takes what `request.user` may be.
Reader = User | AnonymousUser


def active(user: Reader) -> User | None:
    """The user, if signed in and active; a disabled account reads and changes nothing."""
    if not isinstance(user, User) or not user.is_authenticated or not user.is_active:
        return None
    return user
