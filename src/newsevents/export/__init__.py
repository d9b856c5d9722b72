"""Writers for results: JSON, JSON Lines and a Rich table for people at a terminal."""
