"""The Discord adapter: a thin shell over the engine. Only this package imports discord."""
