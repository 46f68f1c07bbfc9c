"""The editors' arrangement of the fronts: the home page and each section's."""
