// After a passkey is registered, show the page again: it then lists the new passkey
// (or, at a first sign-in, the recovery codes that come next).
document.addEventListener("otp_webauthn.register_complete", function () {
  window.location.reload();
});
