"""The speaker display on the podium screen, its messages and controls."""
