"""What the server says about itself: where it listens, the audit trail, bursts of errors."""
