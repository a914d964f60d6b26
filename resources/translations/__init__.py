"""The client's translations: reviewer_<lang>.ts (sources) and .qm (made by make translations)."""
