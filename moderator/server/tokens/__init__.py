"""Bearer tokens: who the caller is, what they may reach, listing, revoking and expiry."""
