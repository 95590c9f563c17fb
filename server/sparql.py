"""SPARQL 1.1 Protocol endpoint (placeholder until the endpoint lands)."""
from flask import Blueprint

bp = Blueprint("sparql", __name__)
