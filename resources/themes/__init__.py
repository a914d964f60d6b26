"""Qt style sheets: light.qss and dark.qss. The first comment block holds the palette."""
