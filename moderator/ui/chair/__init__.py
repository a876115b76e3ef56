"""The chair's main window: header, countdown, speakers, hands, its dialogs."""
