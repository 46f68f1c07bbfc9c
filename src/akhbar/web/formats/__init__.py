"""Date and number formats per language, over Django's (FORMAT_MODULE_PATH)."""
