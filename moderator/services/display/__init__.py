"""The speaker display's remembered choices: which screen, which options."""
