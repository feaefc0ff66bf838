"""Pure rules with no I/O: stages, names, pay, shift rules, impact figures."""
