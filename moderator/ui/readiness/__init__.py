"""The readiness window, and making sessions available offline."""
