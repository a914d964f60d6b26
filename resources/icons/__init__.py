"""SVG icons of the desktop client."""
