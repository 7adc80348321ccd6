"""Where article candidates come from: local files, URL lists, feeds, sitemaps, web archives."""
