"""Linked-data browser (placeholder until the browser lands)."""
from flask import Blueprint

bp = Blueprint("browser", __name__)
