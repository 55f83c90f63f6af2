"""The restaurant's own drinks library ("bibliothèque"): beverages, their stock and badges."""
