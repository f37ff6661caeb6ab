package eval

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// table returns the per-field table and overall line of a scorer's output,
// without the verbose mismatch lines.
func table(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "  ") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestAgreesWithScorePy scores perturbed predictions of the seeds (wrong,
// missing and extra values in every field kind) and compares the table with
// the output of ../shared/tools/score.py recorded in testdata/score_py.txt,
// and with a live run of the script when it is available.
func TestAgreesWithScorePy(t *testing.T) {
	golds, err := LoadGold("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := ReadPredictionsFile("testdata/pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(preds) != len(golds) {
		t.Fatalf("%d predictions for %d gold documents", len(preds), len(golds))
	}
	var buf bytes.Buffer
	Score(golds, preds, Options{}).Print(&buf, true)
	want, err := os.ReadFile("testdata/score_py.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := table(buf.String()); got != table(string(want)) {
		t.Errorf("eval table differs from score.py's:\n%s\nwant:\n%s", got, table(string(want)))
	}
	const script = "../../../shared/tools/score.py"
	if _, err := os.Stat(script); err != nil {
		t.Skipf("live comparison skipped: %s absent", script)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("live comparison skipped: no python3")
	}
	live, err := exec.Command(py, script, "../../testdata/gold", "testdata/pred.jsonl").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	if got := table(buf.String()); got != table(string(live)) {
		t.Errorf("eval table differs from a live score.py run:\n%s\nwant:\n%s", got, table(string(live)))
	}
}

func TestCountsPRF(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 1}, 1, 1, 1},
		{Counts{FP: 1}, 0, 1, 0},
		{Counts{FN: 2}, 1, 0, 0},
		{Counts{TP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5},
	}
	for _, tt := range tests {
		p, r, f := tt.c.PRF()
		if p != tt.p || r != tt.r || f != tt.f {
			t.Errorf("%+v.PRF() = %v %v %v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range [][3]string{
		{"Thanh Hoá", "thanh hoa", "thanh hoá"},
		{"  Đề án “Xây dựng”  – 2030 ", `de an "xay dung" - 2030`, `đề án "xây dựng" - 2030`},
	} {
		if got := fold(c[0], false); got != c[1] {
			t.Errorf("fold(%q) = %q, want %q", c[0], got, c[1])
		}
		if got := fold(c[0], true); got != c[2] {
			t.Errorf("strict fold(%q) = %q, want %q", c[0], got, c[2])
		}
	}
}

func TestBaselineDiff(t *testing.T) {
	golds, err := LoadGold("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := ReadPredictionsFile("testdata/pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	base := Score(golds, preds, Options{})
	empty := Score(golds, nil, Options{})
	var buf bytes.Buffer
	base.PrintDiff(&buf, empty)
	out := buf.String()
	if !strings.Contains(out, "+ gained:") || !strings.Contains(out, "- lost:") {
		t.Errorf("diff lacks gained or lost lines:\n%s", out)
	}
	if len(empty.Missing) != len(golds) {
		t.Errorf("missing = %d, want %d", len(empty.Missing), len(golds))
	}
}

// FuzzReadPredictions feeds arbitrary JSON Lines to the reader and the
// scorer: no panic.
func FuzzReadPredictions(f *testing.F) {
	golds, err := LoadGold("../../testdata/gold")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(`{"source":{"path":"a/000_112de29f3dea3524.txt"},"doc_type":"Kế hoạch","targets":[{"value":1}]}`)
	f.Add("{}\n\n{\"number\":null}")
	f.Add(`{"signers":[{}],"citations":[{"id":""}],"agencies":[{"role":"lead"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		preds, err := ReadPredictions(strings.NewReader(s))
		if err != nil {
			return
		}
		rep := Score(golds, preds, Options{Extra: true})
		if o := rep.Overall(); o < 0 || o > 1 {
			t.Errorf("overall %v out of [0,1]", o)
		}
	})
}

func TestStrictColumn(t *testing.T) {
	golds, err := LoadGold("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := ReadPredictionsFile("testdata/pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	folded := Score(golds, preds, Options{})
	strict := Score(golds, preds, Options{Strict: true})
	// the perturbed predictions write "Thanh Hoa" for "Thanh Hóa": equal folded, not strict
	f, _ := folded.F1("issuer.province")
	s, _ := strict.F1("issuer.province")
	if !(s < f) {
		t.Errorf("issuer.province F1 strict %.3f, folded %.3f: want strict lower", s, f)
	}
	var buf bytes.Buffer
	folded.PrintWithStrict(&buf, strict, false)
	if !strings.Contains(buf.String(), "strictF1") || !strings.Contains(buf.String(), "(strict ") {
		t.Errorf("no strict column:\n%s", buf.String())
	}
}
