package extract_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/extract/eval"
	"github.com/vanban/vanban/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/docs/*.json from the current extraction")

// seedDocs extracts every seed (../testdata/seeds/*.txt) as raw text.
func seedDocs(t *testing.T) map[string]extract.Document {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no seeds in ../testdata/seeds")
	}
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(rs)
	out := map[string]extract.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := extract.Source{Path: "testdata/seeds/" + filepath.Base(f), Format: "txt", Encoding: "utf-8"}
		out[eval.Key(f)] = x.Extract(extract.Input{Text: string(b), Source: src})
	}
	return out
}

// readFloors reads "field F1" lines; '#' starts a comment.
func readFloors(t *testing.T, path string) map[string]float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	floors := map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) != 2 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		v, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		floors[fs[0]] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(floors) == 0 {
		t.Fatalf("%s: no floors", path)
	}
	return floors
}

// TestSeedScores scores the seeds against ../testdata/gold with the eval
// package and fails when a field falls below its floor in
// ../testdata/score_floor.txt. Floors only go up: raise them when a change
// improves a field.
func TestSeedScores(t *testing.T) {
	golds, err := eval.LoadGold("../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(golds, seedDocs(t), eval.Options{})
	floors := readFloors(t, "../testdata/score_floor.txt")
	var buf bytes.Buffer
	rep.Print(&buf, true)
	for field, floor := range floors {
		got := rep.Overall()
		if field != "overall" {
			f, ok := rep.F1(field)
			if !ok {
				t.Errorf("field %s has a floor but was not scored", field)
				continue
			}
			got = f
		}
		if got+1e-9 < floor {
			t.Errorf("%s F1 %.3f is below its floor %.3f", field, got, floor)
		}
	}
	if t.Failed() {
		t.Log("\n" + buf.String())
	}
}

// TestSeedGolden compares the whole Document of every seed with
// testdata/golden/docs/NAME.json. Run with -update after an intended change
// and review the diff.
func TestSeedGolden(t *testing.T) {
	docs := seedDocs(t)
	dir := "testdata/golden/docs"
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for key, d := range docs {
		got, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join(dir, key+".json")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./extract -run TestSeedGolden -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: extraction differs from %s (run with -update if intended):\n%s", key, path, firstDiff(string(want), string(got)))
		}
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}
