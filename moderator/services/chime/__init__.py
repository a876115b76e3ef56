"""The optional chime at the countdown's thresholds, and its sound."""
