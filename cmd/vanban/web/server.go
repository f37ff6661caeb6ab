// Package web serves vanban's JSON API and HTML pages over an index and a
// store: search with facets, documents, target comparison and the
// citation cascade.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"sync"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/index"
	"github.com/vanban/vanban/rules"
)

//go:embed templates/*.html static/*
var assets embed.FS

// Limits on requests.
const (
	maxQueryBytes  = 8 << 10  // URL query
	maxUploadBytes = 32 << 20 // POST /api/ingest body
	maxPageSize    = 100
)

// IngestFunc ingests files into the data directory; the server closes its
// index around the call.
type IngestFunc func(ctx context.Context, paths []string) error

// Config configures a Server.
type Config struct {
	Data   string // data directory (store and index)
	Token  string // when set, POST /api/ingest exists and requires it
	Ingest IngestFunc
	Log    *slog.Logger
	// Rules name the indicators on the pages; nil means the built-in rules.
	Rules *rules.Set
}

// Server holds the open index and store.
type Server struct {
	cfg    Config
	mu     sync.RWMutex
	x      *index.Index
	st     *corpus.Store
	pages  map[string]*template.Template
	mux    *http.ServeMux
	facet  corpusFacets
	pmap   *provMap
	labels map[string]string // indicator key → label
	agency map[string]string // agency key → canonical name (agencies.tsv)
}

// docIDRe is the shape of a document id: hex, so no request path can
// name a file.
var docIDRe = regexp.MustCompile(`^[0-9a-f]{8,64}$`)

// New opens the store and index of cfg.Data.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	s := &Server{cfg: cfg}
	if err := s.open(); err != nil {
		return nil, err
	}
	pm, err := loadProvMap()
	if err != nil {
		s.Close()
		return nil, err
	}
	s.pmap = pm
	rs := cfg.Rules
	if rs == nil {
		if rs, err = rules.Builtin(); err != nil {
			s.Close()
			return nil, fmt.Errorf("rules: %w", err)
		}
	}
	s.labels = map[string]string{}
	for _, ind := range rs.Indicators {
		s.labels[ind.Key] = ind.Label
	}
	s.agency = map[string]string{}
	for _, a := range rs.Agencies {
		s.agency[a.Key] = a.Name
	}
	if err := s.parsePages(); err != nil {
		s.Close()
		return nil, err
	}
	s.routes()
	go s.warm()
	return s, nil
}

// warm counts the corpus facets in the background, so the first visitor
// of the home or compare page does not wait for them.
func (s *Server) warm() {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.x == nil {
		return
	}
	if _, err := s.facet.get(context.Background(), s.x); err != nil {
		s.cfg.Log.Warn("warm facets", "err", err)
	}
}

func (s *Server) open() error {
	st, err := corpus.OpenStore(s.cfg.Data)
	if err != nil {
		return fmt.Errorf("open store %s: %w", s.cfg.Data, err)
	}
	x, err := index.Open(st.IndexDir(), index.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("open index: %w", err)
	}
	s.st, s.x = st, x
	return nil
}

// Close closes the index.
func (s *Server) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.x == nil {
		return nil
	}
	err := s.x.Close()
	s.x = nil
	return err
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if len(r.URL.RawQuery) > maxQueryBytes {
		writeErr(w, http.StatusRequestURITooLong, "query too long")
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")
	w.Header().Set("Referrer-Policy", "no-referrer")
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.x == nil {
		writeErr(w, http.StatusServiceUnavailable, "index closed")
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) routes() {
	m := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.FS(static))))
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/docs/{id}", s.apiDoc)
	m.HandleFunc("GET /api/docs/{id}/original", s.apiOriginal)
	m.HandleFunc("GET /api/targets", s.apiTargets)
	m.HandleFunc("GET /api/targets.csv", s.apiTargetsCSV)
	m.HandleFunc("GET /api/cites/{id...}", s.apiCites)
	m.HandleFunc("GET /api/facets", s.apiFacets)
	if s.cfg.Token != "" && s.cfg.Ingest != nil {
		m.HandleFunc("POST /api/ingest", s.apiIngest)
	}
	m.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeErr(w, http.StatusNotFound, "no such API endpoint")
	})
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/ingest" {
			writeErr(w, http.StatusNotFound, "uploads are off: start vanban serve with --token")
			return
		}
		w.Header().Set("Allow", "GET")
		writeErr(w, http.StatusMethodNotAllowed, "the API reads with GET")
	})
	m.HandleFunc("GET /{$}", s.pageSearch)
	m.HandleFunc("GET /doc/{id}", s.pageDoc)
	m.HandleFunc("GET /compare", s.pageCompare)
	m.HandleFunc("GET /cites/{id...}", s.pageCites)
	s.mux = m
}

// apiError is the JSON body of an error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeErr(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Error: msg, Status: status})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// statusOf maps an error to an HTTP status.
func statusOf(err error) int {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return http.StatusNotFound
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}
