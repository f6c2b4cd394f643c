"""The social image generated for a page without a hero image, stored once (guides/social_card.py draws it)."""

from django.db import models


class SocialCard(models.Model):
    """A 1200×630 card drawn from a page's title and category; drawn again only when either changes."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="social_card")
    drawn_from = models.CharField(max_length=64, help_text="A digest of the text it was drawn from.")
    image = models.ImageField(upload_to="social-cards/", width_field="width", height_field="height")
    width = models.PositiveSmallIntegerField(default=0)
    height = models.PositiveSmallIntegerField(default=0)

    def __str__(self):
        return f"Social card for page {self.page_id}"
