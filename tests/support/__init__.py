"""Helpers shared by integration tests: servers on loopback, external clients, test suites."""
