"""The owner's home page ("Tableau de bord"): what needs doing today, from the other areas'
services. Each tile is computed by one function; a tile with nothing to say is empty and
the page explains what would fill it."""
