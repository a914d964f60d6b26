"""The window frame: the application and its one composition root, sign-in, the main
window, the queue page, the sign-out flow, the status bar and the problems dialog.

The only room that knows every feature: it installs them through the host interface.
May import every room below it and ``reviewer``.
"""
