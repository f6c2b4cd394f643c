"""Webhooks: endpoints an administrator registers, and the signed deliveries sent to them when a
guide is published or unpublished, a record is published or a booking request arrives."""
