"""newsevents: who did what to whom, when, where, and who said so — offline event coding of news.

    >>> from newsevents import Pipeline, Article
    >>> result = Pipeline().analyse(Article(id="a1", text="..."))
"""

from .model import Actor, Article, ArticleResult, Entity, Mention
from .pipeline import Pipeline, get_pipeline
from .settings import Settings

__version__ = "0.1.0"
PIPELINE_VERSION = __version__

__all__ = ["Actor", "Article", "ArticleResult", "Entity", "Mention", "Pipeline", "Settings", "get_pipeline"]
