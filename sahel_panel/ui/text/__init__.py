"""Qt-side text helpers every room uses: bidi embedding, plain (never markup) labels, locale-aware
joining, plurals, translated labels of domain values, translated error sentences. Imports no room."""
