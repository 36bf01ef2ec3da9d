"""Houvast web layer: the JSON API and the pages. It imports rules/, never the other way round."""
