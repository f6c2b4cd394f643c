"""Who may sign in to the admin, and how: a second factor (TOTP) after the password, the lockout
page after repeated wrong passwords (django-axes), and the first admin login a new machine gets."""
