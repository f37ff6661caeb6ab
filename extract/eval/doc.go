// Package eval scores extracted documents against gold files, field by
// field, exactly as ../shared/tools/score.py does: the same fields, the same
// folding and the same matching rules, so that both report the same figures.
// It also offers a strict (accent-sensitive) mode, a few extra fields the
// Python scorer ignores, and a comparison with a baseline run.
package eval
