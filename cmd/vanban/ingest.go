package main

import (
	"context"
	"errors"
)

func runIngest(ctx context.Context, e *env) error {
	return errors.New("ingest: not implemented yet")
}
