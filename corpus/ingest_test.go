package corpus

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vanban/vanban/index"
)

// seedFiles copies the seed documents into a fresh folder.
func seedFiles(t *testing.T) (string, []string) {
	t.Helper()
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds in ../testdata/seeds")
	}
	dir := t.TempDir()
	var out []string
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(s))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return dir, out
}

func ingest(t *testing.T, data string, inputs ...string) *Report {
	t.Helper()
	rep, err := Ingest(context.Background(), IngestOptions{Data: data, Inputs: inputs, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// indexState lists "id sources" of every document in the index.
func indexState(t *testing.T, data string) []string {
	t.Helper()
	x, err := index.Open(filepath.Join(data, "index"), index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	r, err := x.Search(context.Background(), index.Request{Size: 10000})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID+" "+strings.Join(h.Sources, ","))
	}
	sort.Strings(out)
	return out
}

func TestIngestIncremental(t *testing.T) {
	in, files := seedFiles(t)
	data := filepath.Join(t.TempDir(), "data")
	rep := ingest(t, data, in)
	if rep.Added != len(files) || rep.Failed != 0 {
		t.Fatalf("first run: %+v", rep)
	}
	first := indexState(t, data)
	if len(first) != len(files) {
		t.Fatalf("%d documents indexed, want %d", len(first), len(files))
	}

	// Re-running changes nothing.
	rep = ingest(t, data, in)
	if rep.Unchanged != len(files) || rep.Added+rep.Updated+rep.Failed != 0 {
		t.Fatalf("second run: %+v", rep)
	}

	// Identical content under a second path: one document, two sources.
	dup := filepath.Join(in, "copy", "same.txt")
	os.MkdirAll(filepath.Dir(dup), 0o755)
	data0, _ := os.ReadFile(files[0])
	os.WriteFile(dup, data0, 0o644)
	rep = ingest(t, data, in)
	if rep.Added != 1 || !rep.Files[0].Duplicate && !anyDup(rep) {
		t.Fatalf("duplicate run: %+v", rep)
	}
	st := indexState(t, data)
	if len(st) != len(files) {
		t.Fatalf("duplicate made a new document: %v", st)
	}
	two := 0
	for _, s := range st {
		if strings.Count(s, ",") == 1 {
			two++
		}
	}
	if two != 1 {
		t.Fatalf("want one document with two sources: %v", st)
	}

	// A changed file is updated in place: no duplicate, old text gone.
	os.WriteFile(files[1], append(append([]byte{}, mustRead(t, files[1])...), []byte("\nNơi nhận: bổ sung.\n")...), 0o644)
	rep = ingest(t, data, in)
	if rep.Updated != 1 || rep.Removed != 1 {
		t.Fatalf("update run: %+v", rep)
	}
	if st = indexState(t, data); len(st) != len(files) {
		t.Fatalf("update left %d documents, want %d: %v", len(st), len(files), st)
	}

	// A bad file fails alone and is reported.
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	rep, err := Ingest(context.Background(), IngestOptions{Data: data, Inputs: []string{in}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed != 1 || rep.Unchanged != len(files)+1 {
		t.Fatalf("bad file run: %+v", rep)
	}

	s, err := OpenStore(data)
	if err != nil {
		t.Fatal(err)
	}
	id := strings.Fields(st[0])[0]
	d, err := s.Get(id)
	if err != nil || d.ID != id {
		t.Fatalf("store get: %v %v", d.ID, err)
	}
	name, orig, err := s.Original(id)
	if err != nil || len(orig) == 0 || !strings.HasSuffix(name, ".txt") {
		t.Fatalf("original: %q %d %v", name, len(orig), err)
	}
}

func anyDup(r *Report) bool {
	for _, f := range r.Files {
		if f.Duplicate {
			return true
		}
	}
	return false
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestIngestKilled kills an ingest with SIGKILL at several moments and
// checks that re-running converges to what one clean run gives.
func TestIngestKilled(t *testing.T) {
	if os.Getenv("VANBAN_INGEST_HELPER") != "" {
		return
	}
	if testing.Short() {
		t.Skip("short")
	}
	in := t.TempDir()
	docs := Synthesize(SynthOptions{N: 400, Seed: 7})
	for i, d := range docs {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("d%04d.txt", i)), []byte(d.Text), 0o644)
	}
	clean := filepath.Join(t.TempDir(), "clean")
	ingest(t, clean, in)
	want := indexState(t, clean)
	for _, delay := range []time.Duration{300 * time.Millisecond, 900 * time.Millisecond, 1800 * time.Millisecond} {
		data := filepath.Join(t.TempDir(), "killed")
		cmd := exec.Command(os.Args[0], "-test.run=TestIngestHelper")
		cmd.Env = append(os.Environ(), "VANBAN_INGEST_HELPER="+data+"|"+in)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		ingest(t, data, in)
		got := indexState(t, data)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("after kill at %v: %d documents, want %d", delay, len(got), len(want))
		}
		if rep := ingest(t, data, in); rep.Unchanged != len(docs) {
			t.Fatalf("after recovery: %+v", rep.Unchanged)
		}
	}
}

// TestIngestHelper is the process TestIngestKilled kills.
func TestIngestHelper(t *testing.T) {
	v := os.Getenv("VANBAN_INGEST_HELPER")
	if v == "" {
		return
	}
	data, in, _ := strings.Cut(v, "|")
	Ingest(context.Background(), IngestOptions{Data: data, Inputs: []string{in}, BatchDocs: 20})
}
