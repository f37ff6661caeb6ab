package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// MappingVersion is the version of the index mapping this vanban builds.
// It goes up whenever a field or an analysis component changes, so that an
// index built by an older vanban is detected on Open instead of silently
// missing fields.
//
//	v1  documents and targets, Vietnamese analysis, keyword facets
//	v2  agency keys of the documents (filter and facet "agency")
//	v3  text fields without doc values; positions on the folded twins only
//	v4  displayed keywords kept only where counted (doc values) or shown
//	    (stored); numbers neither stored nor with doc values; no "_all";
//	    targets: the folded indicator only, the stored row only
//	v5  syllable bigrams of the folded title and body, without positions
//	    (title_bi, body_bi): two-syllable phrases without positions
const MappingVersion = 5

// mappingVersionKey is the internal key holding an index's mapping version.
// Indexes of v1 were built before the key existed.
var mappingVersionKey = []byte("vanban_mapping_version")

// ErrMappingVersion means the index was built with another mapping
// version; `vanban ingest --reindex` rebuilds it from the store.
var ErrMappingVersion = errors.New("index mapping version differs")

// MappingVersionError reports the version an index was built with.
type MappingVersionError struct {
	Found int // version stored in the index
}

// Error says what to run.
func (e *MappingVersionError) Error() string {
	return fmt.Sprintf("index built with mapping v%d, this vanban uses v%d: run vanban ingest --reindex", e.Found, MappingVersion)
}

// Unwrap makes errors.Is(err, ErrMappingVersion) true.
func (e *MappingVersionError) Unwrap() error { return ErrMappingVersion }

// verCheck reads the mapping version of b; an index without one is v1.
func verCheck(b bleve.Index) error {
	v, err := b.GetInternal(mappingVersionKey)
	if err != nil {
		return fmt.Errorf("mapping version: %w", err)
	}
	found := 1
	if len(v) > 0 {
		n, err := strconv.Atoi(string(v))
		if err != nil {
			return &MappingVersionError{Found: 0}
		}
		found = n
	}
	if found != MappingVersion {
		return &MappingVersionError{Found: found}
	}
	return nil
}

// verSet records MappingVersion in a new index.
func verSet(b bleve.Index) error {
	if err := b.SetInternal(mappingVersionKey, []byte(strconv.Itoa(MappingVersion))); err != nil {
		return fmt.Errorf("mapping version: %w", err)
	}
	return nil
}

// Remove deletes the index in dir so that it can be rebuilt, after taking
// its lock: an index another process is writing is left alone (ErrBusy).
// An index that no longer opens (another mapping version, damage) is
// removed too; a missing one is not an error.
func Remove(dir string, timeout time.Duration) error {
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); errors.Is(err, os.ErrNotExist) {
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("remove index %s: %w", dir, err)
		}
		return nil
	}
	b, err := openBleve(dir, false, timeout)
	if errors.Is(err, ErrBusy) {
		return fmt.Errorf("remove index %s: %w", dir, err)
	}
	if err == nil {
		b.Close()
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove index %s: %w", dir, err)
	}
	return nil
}
