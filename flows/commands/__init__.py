"""The `newsclean` commands, one module per group: run, pages (eval, inspect, report), operate (serve, compact)."""
