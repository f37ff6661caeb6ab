package corpus

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vanban/vanban/index"
)

func TestReindex(t *testing.T) {
	in, files := seedFiles(t)
	data := filepath.Join(t.TempDir(), "data")
	ingest(t, data, in)
	// A duplicate path, so that sources survive the rebuild.
	dup := filepath.Join(in, "copy.txt")
	if err := os.WriteFile(dup, mustRead(t, files[0]), 0o644); err != nil {
		t.Fatal(err)
	}
	ingest(t, data, in)
	want := indexState(t, data)
	if len(want) != len(files) {
		t.Fatalf("want %d documents, index has %v", len(files), want)
	}
	ctx := context.Background()

	for _, damage := range []string{"none", "deleted", "garbage"} {
		idx := filepath.Join(data, "index")
		switch damage {
		case "deleted":
			os.RemoveAll(idx)
		case "garbage":
			os.RemoveAll(idx)
			os.MkdirAll(idx, 0o755)
			os.WriteFile(filepath.Join(idx, "index_meta.json"), []byte("{not json"), 0o644)
		}
		rep, err := Reindex(ctx, IngestOptions{Data: data})
		if err != nil {
			t.Fatalf("%s: %v", damage, err)
		}
		if rep.Documents != len(files) || rep.Failed != 0 {
			t.Fatalf("%s: %+v", damage, rep)
		}
		if got := indexState(t, data); !slices.Equal(got, want) {
			t.Fatalf("%s: index after reindex\n got %v\nwant %v", damage, got, want)
		}
	}
	// Re-running ingest after a reindex changes nothing.
	if rep := ingest(t, data, in); rep.Added+rep.Updated != 0 || rep.Unchanged != len(files)+1 {
		t.Fatalf("ingest after reindex: %+v", rep)
	}

	// An index another process writes is left alone.
	x, err := index.Open(filepath.Join(data, "index"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	_, err = Reindex(ctx, IngestOptions{Data: data, ProgressEvery: time.Second})
	if !IsBusy(err) {
		t.Fatalf("reindex of a held index: %v", err)
	}
}
