"""Control surfaces: the console's state as a document, and the HTTP, WebSocket and OSC servers
that let a Stream Deck (through Bitfocus Companion) or any script drive the console."""
