"""Authors and teams as API resources."""
