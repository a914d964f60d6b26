"""Developer tools: Xvfb helper, screenshots."""
