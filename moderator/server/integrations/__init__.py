"""Hands from where remote participants are: BigBlueButton's webhooks, Zoom through ZoomOSC."""
