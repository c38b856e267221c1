import Mustache

// Field lookup for the template contexts without reflection: swift-mustache asks
// `child(named:)` of a `MustacheParent` instead of walking a `Mirror`, which dominated
// render time. `ContextLookupTests` checks that every stored property is reachable here.

extension SiteContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "description": return templateValue(self.description)
        case "language": return templateValue(self.language)
        case "author": return templateValue(self.author)
        case "baseURL": return templateValue(self.baseURL)
        case "basePath": return templateValue(self.basePath)
        case "feedURL": return templateValue(self.feedURL)
        case "menu": return templateValue(self.menu)
        case "links": return templateValue(self.links)
        case "year": return templateValue(self.year)
        case "searchURL": return templateValue(self.searchURL)
        case "seriesURL": return templateValue(self.seriesURL)
        case "archiveURL": return templateValue(self.archiveURL)
        default: return nil
        }
    }
}

extension LinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "url": return templateValue(self.url)
        case "current": return templateValue(self.current)
        default: return nil
        }
    }
}

extension PageMeta: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "documentTitle": return templateValue(self.documentTitle)
        case "description": return templateValue(self.description)
        case "url": return templateValue(self.url)
        case "canonicalURL": return templateValue(self.canonicalURL)
        case "ogType": return templateValue(self.ogType)
        case "kind": return templateValue(self.kind)
        case "math": return templateValue(self.math)
        case "image": return templateValue(self.image)
        case "socialImage": return templateValue(self.socialImage)
        default: return nil
        }
    }
}

extension SocialImageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": return templateValue(self.url)
        case "width": return templateValue(self.width)
        case "height": return templateValue(self.height)
        case "type": return templateValue(self.type)
        case "alt": return templateValue(self.alt)
        default: return nil
        }
    }
}

extension PictureContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "html": return templateValue(self.html)
        case "url": return templateValue(self.url)
        case "width": return templateValue(self.width)
        case "height": return templateValue(self.height)
        default: return nil
        }
    }
}

extension PostSummaryContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "url": return templateValue(self.url)
        case "date": return templateValue(self.date)
        case "datetime": return templateValue(self.datetime)
        case "summary": return templateValue(self.summary)
        case "readingMinutes": return templateValue(self.readingMinutes)
        case "tags": return templateValue(self.tags)
        case "categories": return templateValue(self.categories)
        case "html": return templateValue(self.html)
        case "image": return templateValue(self.image)
        default: return nil
        }
    }
}

extension PostItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        name == "site" ? self.site : self.post.child(named: name)
    }
}

extension TagLinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "url": return templateValue(self.url)
        case "count": return templateValue(self.count)
        default: return nil
        }
    }
}

extension TOCContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "items": return templateValue(self.items)
        case "html": return templateValue(self.html)
        default: return nil
        }
    }
}

extension TOCItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return templateValue(self.text)
        case "url": return templateValue(self.url)
        case "level": return templateValue(self.level)
        case "children": return templateValue(self.children)
        default: return nil
        }
    }
}

extension PostLinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "url": return templateValue(self.url)
        default: return nil
        }
    }
}

extension TaskProgressContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "done": return templateValue(self.done)
        case "total": return templateValue(self.total)
        case "percent": return templateValue(self.percent)
        default: return nil
        }
    }
}

extension PostDetail: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "url": return templateValue(self.url)
        case "date": return templateValue(self.date)
        case "datetime": return templateValue(self.datetime)
        case "updated": return templateValue(self.updated)
        case "updatedDatetime": return templateValue(self.updatedDatetime)
        case "readingMinutes": return templateValue(self.readingMinutes)
        case "summary": return templateValue(self.summary)
        case "tags": return templateValue(self.tags)
        case "content": return templateValue(self.content)
        case "cover": return templateValue(self.cover)
        case "toc": return templateValue(self.toc)
        case "tasks": return templateValue(self.tasks)
        case "previous": return templateValue(self.previous)
        case "next": return templateValue(self.next)
        case "competencies": return templateValue(self.competencies)
        case "categories": return templateValue(self.categories)
        case "series": return templateValue(self.series)
        case "related": return templateValue(self.related)
        default: return nil
        }
    }
}

extension PostPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "post": return templateValue(self.post)
        default: return nil
        }
    }
}

extension StandalonePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "content": return templateValue(self.content)
        case "toc": return templateValue(self.toc)
        default: return nil
        }
    }
}

extension HomePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "intro": return templateValue(self.intro)
        case "posts": return templateValue(self.posts)
        case "postsURL": return templateValue(self.postsURL)
        case "hasMorePosts": return templateValue(self.hasMorePosts)
        case "tags": return templateValue(self.tags)
        case "progress": return templateValue(self.progress)
        case "profile": return templateValue(self.profile)
        case "projects": return templateValue(self.projects)
        case "resumeURL": return templateValue(self.resumeURL)
        default: return nil
        }
    }
}

extension PostListPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "posts": return templateValue(self.posts)
        case "pagination": return templateValue(self.pagination)
        default: return nil
        }
    }
}

extension PaginationContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": return templateValue(self.current)
        case "total": return templateValue(self.total)
        case "previousURL": return templateValue(self.previousURL)
        case "nextURL": return templateValue(self.nextURL)
        case "pages": return templateValue(self.pages)
        case "isPaginated": return templateValue(self.isPaginated)
        default: return nil
        }
    }
}

extension PageNumberContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return templateValue(self.number)
        case "url": return templateValue(self.url)
        case "current": return templateValue(self.current)
        case "gap": return templateValue(self.gap)
        default: return nil
        }
    }
}

extension TagIndexPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "tags": return templateValue(self.tags)
        default: return nil
        }
    }
}

extension TagPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "tag": return templateValue(self.tag)
        case "posts": return templateValue(self.posts)
        default: return nil
        }
    }
}

extension NotFoundPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        default: return nil
        }
    }
}

extension DashboardPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "profile": return templateValue(self.profile)
        case "goal": return templateValue(self.goal)
        case "summary": return templateValue(self.summary)
        case "competencies": return templateValue(self.competencies)
        case "unassessed": return templateValue(self.unassessed)
        case "unassessedCount": return templateValue(self.unassessedCount)
        case "areas": return templateValue(self.areas)
        case "timeline": return templateValue(self.timeline)
        case "nextActions": return templateValue(self.nextActions)
        case "checklist": return templateValue(self.checklist)
        case "progressJSONURL": return templateValue(self.progressJSONURL)
        case "resumeURL": return templateValue(self.resumeURL)
        default: return nil
        }
    }
}

extension SkillPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "competency": return templateValue(self.competency)
        case "todos": return templateValue(self.todos)
        case "dashboardURL": return templateValue(self.dashboardURL)
        default: return nil
        }
    }
}

extension ProfileContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "headline": return templateValue(self.headline)
        case "strengths": return templateValue(self.strengths)
        case "links": return templateValue(self.links)
        default: return nil
        }
    }
}

extension GoalContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "targets": return templateValue(self.targets)
        default: return nil
        }
    }
}

extension TargetContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "value": return templateValue(self.value)
        case "unit": return templateValue(self.unit)
        case "direction": return templateValue(self.direction)
        case "current": return templateValue(self.current)
        default: return nil
        }
    }
}

extension ProgressSummaryContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "todosDone": return templateValue(self.todosDone)
        case "todosTotal": return templateValue(self.todosTotal)
        case "todosPercent": return templateValue(self.todosPercent)
        case "checklistDone": return templateValue(self.checklistDone)
        case "checklistTotal": return templateValue(self.checklistTotal)
        case "checklistPercent": return templateValue(self.checklistPercent)
        case "competenciesAtTarget": return templateValue(self.competenciesAtTarget)
        case "competenciesWithTarget": return templateValue(self.competenciesWithTarget)
        case "competenciesAssessed": return templateValue(self.competenciesAssessed)
        case "competenciesWithGapNote": return templateValue(self.competenciesWithGapNote)
        case "competenciesTotal": return templateValue(self.competenciesTotal)
        case "todoRing": return templateValue(self.todoRing)
        case "dashboardURL": return templateValue(self.dashboardURL)
        default: return nil
        }
    }
}

extension CompetencyContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return templateValue(self.id)
        case "name": return templateValue(self.name)
        case "area": return templateValue(self.area)
        case "detail": return templateValue(self.detail)
        case "required": return templateValue(self.required)
        case "current": return templateValue(self.current)
        case "stated": return templateValue(self.stated)
        case "currentNote": return templateValue(self.currentNote)
        case "gap": return templateValue(self.gap)
        case "hasGap": return templateValue(self.hasGap)
        case "gapNote": return templateValue(self.gapNote)
        case "url": return templateValue(self.url)
        case "chart": return templateValue(self.chart)
        case "history": return templateValue(self.history)
        case "historyChart": return templateValue(self.historyChart)
        case "posts": return templateValue(self.posts)
        case "openTodos": return templateValue(self.openTodos)
        case "todos": return templateValue(self.todos)
        case "tags": return templateValue(self.tags)
        default: return nil
        }
    }
}

extension AreaContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "done": return templateValue(self.done)
        case "total": return templateValue(self.total)
        case "percent": return templateValue(self.percent)
        case "bar": return templateValue(self.bar)
        case "items": return templateValue(self.items)
        default: return nil
        }
    }
}

extension TodoContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "done": return templateValue(self.done)
        case "doneDate": return templateValue(self.doneDate)
        case "competencies": return templateValue(self.competencies)
        case "posts": return templateValue(self.posts)
        case "area": return templateValue(self.area)
        default: return nil
        }
    }
}

extension TimelineContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chart": return templateValue(self.chart)
        case "months": return templateValue(self.months)
        default: return nil
        }
    }
}

extension MonthContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "key": return templateValue(self.key)
        case "notes": return templateValue(self.notes)
        case "todosDone": return templateValue(self.todosDone)
        default: return nil
        }
    }
}

extension ChecklistItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "done": return templateValue(self.done)
        case "url": return templateValue(self.url)
        case "sub": return templateValue(self.sub)
        default: return nil
        }
    }
}

extension AssessmentContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "date": return templateValue(self.date)
        case "level": return templateValue(self.level)
        case "note": return templateValue(self.note)
        default: return nil
        }
    }
}

extension ResumePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "profile": return templateValue(self.profile)
        case "goal": return templateValue(self.goal)
        case "projects": return templateValue(self.projects)
        case "assessed": return templateValue(self.assessed)
        case "gaps": return templateValue(self.gaps)
        case "links": return templateValue(self.links)
        case "jsonURL": return templateValue(self.jsonURL)
        case "dashboardURL": return templateValue(self.dashboardURL)
        default: return nil
        }
    }
}

extension ProjectContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return templateValue(self.id)
        case "name": return templateValue(self.name)
        case "summary": return templateValue(self.summary)
        case "stack": return templateValue(self.stack)
        case "competencies": return templateValue(self.competencies)
        case "posts": return templateValue(self.posts)
        default: return nil
        }
    }
}

// MARK: - Search, series, related notes, archive (RenderContexts+Finding.swift)

extension SeriesBoxContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "url": return templateValue(self.url)
        case "position": return templateValue(self.position)
        case "total": return templateValue(self.total)
        case "parts": return templateValue(self.parts)
        case "previous": return templateValue(self.previous)
        case "next": return templateValue(self.next)
        default: return nil
        }
    }
}

extension SeriesPartContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "url": return templateValue(self.url)
        case "number": return templateValue(self.number)
        case "current": return templateValue(self.current)
        default: return nil
        }
    }
}

extension RelatedNoteContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "url": return templateValue(self.url)
        case "date": return templateValue(self.date)
        case "datetime": return templateValue(self.datetime)
        default: return nil
        }
    }
}

extension SeriesLinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return templateValue(self.name)
        case "url": return templateValue(self.url)
        case "count": return templateValue(self.count)
        case "updated": return templateValue(self.updated)
        default: return nil
        }
    }
}

extension SeriesIndexPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "series": return templateValue(self.series)
        default: return nil
        }
    }
}

extension SeriesPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "series": return templateValue(self.series)
        case "posts": return templateValue(self.posts)
        default: return nil
        }
    }
}

extension ArchivePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "total": return templateValue(self.total)
        case "years": return templateValue(self.years)
        default: return nil
        }
    }
}

extension ArchiveYearContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "year": return templateValue(self.year)
        case "count": return templateValue(self.count)
        case "months": return templateValue(self.months)
        default: return nil
        }
    }
}

extension ArchiveMonthContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return templateValue(self.id)
        case "month": return templateValue(self.month)
        case "count": return templateValue(self.count)
        case "posts": return templateValue(self.posts)
        default: return nil
        }
    }
}

extension ArchiveEntryContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return templateValue(self.title)
        case "url": return templateValue(self.url)
        case "date": return templateValue(self.date)
        case "datetime": return templateValue(self.datetime)
        default: return nil
        }
    }
}

extension SearchPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return templateValue(self.site)
        case "page": return templateValue(self.page)
        case "indexURL": return templateValue(self.indexURL)
        case "documents": return templateValue(self.documents)
        default: return nil
        }
    }
}
