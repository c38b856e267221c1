import Mustache

// Field lookup for the template contexts without reflection: swift-mustache asks
// `child(named:)` of a `MustacheParent` instead of walking a `Mirror`, which dominated
// render time. `ContextLookupTests` checks that every stored property is reachable here.

extension SiteContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "description": return self.description
        case "language": return self.language
        case "author": return self.author
        case "baseURL": return self.baseURL
        case "basePath": return self.basePath
        case "feedURL": return self.feedURL
        case "menu": return self.menu
        case "links": return self.links
        case "year": return self.year
        case "searchURL": return self.searchURL
        case "seriesURL": return self.seriesURL
        case "archiveURL": return self.archiveURL
        default: return nil
        }
    }
}

extension LinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "current": return self.current
        default: return nil
        }
    }
}

extension PageMeta: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "documentTitle": return self.documentTitle
        case "description": return self.description
        case "url": return self.url
        case "canonicalURL": return self.canonicalURL
        case "ogType": return self.ogType
        case "kind": return self.kind
        case "math": return self.math
        case "image": return self.image
        case "socialImage": return self.socialImage
        default: return nil
        }
    }
}

extension SocialImageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": return self.url
        case "width": return self.width
        case "height": return self.height
        case "type": return self.type
        case "alt": return self.alt
        default: return nil
        }
    }
}

extension PictureContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "html": return self.html
        case "url": return self.url
        case "width": return self.width
        case "height": return self.height
        default: return nil
        }
    }
}

extension PostSummaryContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "datetime": return self.datetime
        case "summary": return self.summary
        case "readingMinutes": return self.readingMinutes
        case "tags": return self.tags
        case "categories": return self.categories
        case "html": return self.html
        case "image": return self.image
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
        case "name": return self.name
        case "url": return self.url
        case "count": return self.count
        default: return nil
        }
    }
}

extension TOCContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "items": return self.items
        case "html": return self.html
        default: return nil
        }
    }
}

extension TOCItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "url": return self.url
        case "level": return self.level
        case "children": return self.children
        default: return nil
        }
    }
}

extension PostLinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        default: return nil
        }
    }
}

extension TaskProgressContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "done": return self.done
        case "total": return self.total
        case "percent": return self.percent
        default: return nil
        }
    }
}

extension PostDetail: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "datetime": return self.datetime
        case "updated": return self.updated
        case "updatedDatetime": return self.updatedDatetime
        case "readingMinutes": return self.readingMinutes
        case "summary": return self.summary
        case "tags": return self.tags
        case "content": return self.content
        case "cover": return self.cover
        case "toc": return self.toc
        case "tasks": return self.tasks
        case "previous": return self.previous
        case "next": return self.next
        case "competencies": return self.competencies
        case "categories": return self.categories
        case "series": return self.series
        case "related": return self.related
        default: return nil
        }
    }
}

extension PostPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "post": return self.post
        default: return nil
        }
    }
}

extension StandalonePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "content": return self.content
        case "toc": return self.toc
        default: return nil
        }
    }
}

extension HomePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "intro": return self.intro
        case "posts": return self.posts
        case "postsURL": return self.postsURL
        case "hasMorePosts": return self.hasMorePosts
        case "tags": return self.tags
        case "progress": return self.progress
        case "profile": return self.profile
        case "projects": return self.projects
        case "resumeURL": return self.resumeURL
        default: return nil
        }
    }
}

extension PostListPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "posts": return self.posts
        case "pagination": return self.pagination
        default: return nil
        }
    }
}

extension PaginationContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "current": return self.current
        case "total": return self.total
        case "previousURL": return self.previousURL
        case "nextURL": return self.nextURL
        case "pages": return self.pages
        case "isPaginated": return self.isPaginated
        default: return nil
        }
    }
}

extension PageNumberContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return self.number
        case "url": return self.url
        case "current": return self.current
        case "gap": return self.gap
        default: return nil
        }
    }
}

extension TagIndexPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "tags": return self.tags
        default: return nil
        }
    }
}

extension TagPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "tag": return self.tag
        case "posts": return self.posts
        default: return nil
        }
    }
}

extension NotFoundPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        default: return nil
        }
    }
}

extension DashboardPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "profile": return self.profile
        case "goal": return self.goal
        case "summary": return self.summary
        case "competencies": return self.competencies
        case "unassessed": return self.unassessed
        case "unassessedCount": return self.unassessedCount
        case "areas": return self.areas
        case "timeline": return self.timeline
        case "nextActions": return self.nextActions
        case "checklist": return self.checklist
        case "progressJSONURL": return self.progressJSONURL
        case "resumeURL": return self.resumeURL
        default: return nil
        }
    }
}

extension SkillPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "competency": return self.competency
        case "todos": return self.todos
        case "dashboardURL": return self.dashboardURL
        default: return nil
        }
    }
}

extension ProfileContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "headline": return self.headline
        case "strengths": return self.strengths
        case "links": return self.links
        default: return nil
        }
    }
}

extension GoalContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "targets": return self.targets
        default: return nil
        }
    }
}

extension TargetContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "value": return self.value
        case "unit": return self.unit
        case "direction": return self.direction
        case "current": return self.current
        default: return nil
        }
    }
}

extension ProgressSummaryContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "todosDone": return self.todosDone
        case "todosTotal": return self.todosTotal
        case "todosPercent": return self.todosPercent
        case "checklistDone": return self.checklistDone
        case "checklistTotal": return self.checklistTotal
        case "checklistPercent": return self.checklistPercent
        case "competenciesAtTarget": return self.competenciesAtTarget
        case "competenciesWithTarget": return self.competenciesWithTarget
        case "competenciesAssessed": return self.competenciesAssessed
        case "competenciesWithGapNote": return self.competenciesWithGapNote
        case "competenciesTotal": return self.competenciesTotal
        case "todoRing": return self.todoRing
        case "dashboardURL": return self.dashboardURL
        default: return nil
        }
    }
}

extension CompetencyContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "name": return self.name
        case "area": return self.area
        case "detail": return self.detail
        case "required": return self.required
        case "current": return self.current
        case "stated": return self.stated
        case "currentNote": return self.currentNote
        case "gap": return self.gap
        case "hasGap": return self.hasGap
        case "gapNote": return self.gapNote
        case "url": return self.url
        case "chart": return self.chart
        case "history": return self.history
        case "historyChart": return self.historyChart
        case "posts": return self.posts
        case "openTodos": return self.openTodos
        case "todos": return self.todos
        case "tags": return self.tags
        default: return nil
        }
    }
}

extension AreaContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "done": return self.done
        case "total": return self.total
        case "percent": return self.percent
        case "bar": return self.bar
        case "items": return self.items
        default: return nil
        }
    }
}

extension TodoContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "done": return self.done
        case "doneDate": return self.doneDate
        case "competencies": return self.competencies
        case "posts": return self.posts
        case "area": return self.area
        default: return nil
        }
    }
}

extension TimelineContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chart": return self.chart
        case "months": return self.months
        default: return nil
        }
    }
}

extension MonthContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "key": return self.key
        case "notes": return self.notes
        case "todosDone": return self.todosDone
        default: return nil
        }
    }
}

extension ChecklistItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "done": return self.done
        case "url": return self.url
        case "sub": return self.sub
        default: return nil
        }
    }
}

extension AssessmentContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "level": return self.level
        case "note": return self.note
        default: return nil
        }
    }
}

extension ResumePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "profile": return self.profile
        case "goal": return self.goal
        case "projects": return self.projects
        case "assessed": return self.assessed
        case "gaps": return self.gaps
        case "links": return self.links
        case "jsonURL": return self.jsonURL
        case "dashboardURL": return self.dashboardURL
        default: return nil
        }
    }
}

extension ProjectContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "name": return self.name
        case "summary": return self.summary
        case "stack": return self.stack
        case "competencies": return self.competencies
        case "posts": return self.posts
        default: return nil
        }
    }
}

// MARK: - Search, series, related notes, archive (RenderContexts+Finding.swift)

extension SeriesBoxContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "position": return self.position
        case "total": return self.total
        case "parts": return self.parts
        case "previous": return self.previous
        case "next": return self.next
        default: return nil
        }
    }
}

extension SeriesPartContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "number": return self.number
        case "current": return self.current
        default: return nil
        }
    }
}

extension RelatedNoteContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "datetime": return self.datetime
        default: return nil
        }
    }
}

extension SeriesLinkContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "count": return self.count
        case "updated": return self.updated
        default: return nil
        }
    }
}

extension SeriesIndexPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "series": return self.series
        default: return nil
        }
    }
}

extension SeriesPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "series": return self.series
        case "posts": return self.posts
        default: return nil
        }
    }
}

extension ArchivePageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "total": return self.total
        case "years": return self.years
        default: return nil
        }
    }
}

extension ArchiveYearContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "year": return self.year
        case "count": return self.count
        case "months": return self.months
        default: return nil
        }
    }
}

extension ArchiveMonthContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "month": return self.month
        case "count": return self.count
        case "posts": return self.posts
        default: return nil
        }
    }
}

extension ArchiveEntryContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "date": return self.date
        case "datetime": return self.datetime
        default: return nil
        }
    }
}

extension SearchPageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "page": return self.page
        case "indexURL": return self.indexURL
        case "documents": return self.documents
        default: return nil
        }
    }
}
