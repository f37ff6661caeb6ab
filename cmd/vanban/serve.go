package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/vanban/vanban/cmd/vanban/web"
	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/corpus/sample"
	"github.com/vanban/vanban/rules"
)

func runServe(ctx context.Context, e *env) error {
	fs := e.flags("serve", "[--data DIR] [--addr 127.0.0.1:8080] [--token T]")
	data := fs.String("data", "", "data directory (default $VANBAN_DATA or ./vanban-data)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen address (loopback by default)")
	token := fs.String("token", "", "enable POST /api/ingest, requiring 'Authorization: Bearer T'")
	if err := e.parse(fs); err != nil {
		return err
	}
	dir := dataDir(*data)
	rs, err := rules.LoadDir("")
	if err != nil {
		return fmt.Errorf("load rules: %w", err)
	}
	ingest := func(ctx context.Context, paths []string) error {
		_, err := corpus.Ingest(ctx, corpus.IngestOptions{Data: dir, Inputs: paths, Rules: rs, Log: e.log})
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "ledger.jsonl")); errors.Is(err, os.ErrNotExist) {
		names, err := sample.Names()
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "no documents yet: ingesting the built-in sample corpus (%d files)…\n", len(names))
		paths, err := sample.WriteTo(filepath.Join(dir, "sample"))
		if err != nil {
			return err
		}
		if err := ingest(ctx, paths); err != nil {
			return fmt.Errorf("ingest sample corpus: %w", err)
		}
	}
	srv, err := web.New(web.Config{Data: dir, Token: *token, Ingest: ingest, Log: e.log, Rules: rs})
	if err != nil {
		return err
	}
	defer srv.Close()
	hs := &http.Server{Addr: *addr, Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 60 * time.Second, MaxHeaderBytes: 64 << 10}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	fmt.Fprintf(e.stderr, "serving %s on http://%s/\n", dir, *addr)
	if err := hs.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
