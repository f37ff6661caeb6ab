package main

import (
	"math"
	"testing"
)

func TestSimplify(t *testing.T) {
	// A square with a nearly straight bump on one side and a real spike.
	ring := []pt{{0, 0}, {1, 0.001}, {2, 0}, {2, 1}, {1, 3}, {0, 1}, {0, 0}}
	got := simplify(ring, 0.01)
	if len(got) != 6 {
		t.Fatalf("simplify kept %d points %v, want the bump dropped and the spike kept", len(got), got)
	}
	for _, q := range got {
		if q == (pt{1, 0.001}) {
			t.Fatal("bump within tolerance kept")
		}
	}
}

func FuzzSimplify(f *testing.F) {
	f.Add(0.0, 0.0, 1.0, 2.0, 3.0, 1.0, 0.5)
	f.Fuzz(func(t *testing.T, a, b, c, d, e, g, tol float64) {
		ring := []pt{{a, b}, {c, d}, {e, g}, {a, b}}
		out := simplify(ring, math.Abs(tol))
		if len(out) < 2 || len(out) > len(ring) || out[0] != ring[0] || out[len(out)-1] != ring[len(ring)-1] {
			t.Fatalf("simplify(%v) = %v", ring, out)
		}
	})
}
