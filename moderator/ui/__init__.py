"""Qt widgets and item models of the console. They read state and call services; they never
write to the database or the network themselves."""
