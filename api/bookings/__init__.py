"""Booking requests and their statistics as API resources, for API keys only."""
