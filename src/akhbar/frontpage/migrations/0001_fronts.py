# The fronts, their draft and live arrangements, pinned slots and blocks.

import akhbar.news.languages
import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('news', '0004_article_label'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Arrangement',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('state', models.CharField(choices=[('draft', 'Draft'), ('live', 'Live')], max_length=10)),
                ('scheduled_lead_at', models.DateTimeField(blank=True, null=True, verbose_name='lead changes at')),
                ('changed_at', models.DateTimeField(auto_now=True, verbose_name='changed')),
                ('changed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('lead', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='news.article', verbose_name='lead story')),
                ('scheduled_lead', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='news.article', verbose_name='next lead story')),
            ],
        ),
        migrations.CreateModel(
            name='Block',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField()),
                ('kind', models.CharField(choices=[('latest', 'Latest'), ('section', 'A section'), ('tag', 'A tag or topic'), ('most_read', 'Most read'), ('opinion', 'Opinion'), ('video', 'Video')], max_length=20, verbose_name='kind')),
                ('size', models.PositiveSmallIntegerField(default=4, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(12)], verbose_name='stories')),
                ('arrangement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='blocks', to='frontpage.arrangement')),
                ('section', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='news.section', verbose_name='section')),
                ('tag', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='news.tag', verbose_name='tag')),
            ],
            options={
                'ordering': ['position'],
            },
        ),
        migrations.CreateModel(
            name='Front',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(choices=akhbar.news.languages.language_choices, max_length=10, verbose_name='language')),
                ('section', models.ForeignKey(blank=True, help_text='Leave empty for the home page.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='fronts', to='news.section', verbose_name='section')),
            ],
            options={
                'verbose_name': 'front page',
                'verbose_name_plural': 'front pages',
                'ordering': ['language', 'section__position', 'section__slug'],
                'permissions': [('arrange_front', 'Can arrange and publish front pages')],
            },
        ),
        migrations.AddField(
            model_name='arrangement',
            name='front',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='arrangements', to='frontpage.front'),
        ),
        migrations.CreateModel(
            name='TopSlot',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField(validators=[django.core.validators.MaxValueValidator(3)])),
                ('arrangement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='top_slots', to='frontpage.arrangement')),
                ('article', models.ForeignKey(limit_choices_to={'deleted_at__isnull': True}, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='news.article', verbose_name='story')),
            ],
            options={
                'ordering': ['position'],
            },
        ),
        migrations.AddConstraint(
            model_name='front',
            constraint=models.UniqueConstraint(fields=('language', 'section'), name='frontpage_one_front_per_place'),
        ),
        migrations.AddConstraint(
            model_name='front',
            constraint=models.UniqueConstraint(condition=models.Q(('section__isnull', True)), fields=('language',), name='frontpage_one_home_per_language'),
        ),
        migrations.AddConstraint(
            model_name='arrangement',
            constraint=models.UniqueConstraint(fields=('front', 'state'), name='frontpage_one_arrangement_per_state'),
        ),
        migrations.AddConstraint(
            model_name='topslot',
            constraint=models.UniqueConstraint(fields=('arrangement', 'position'), name='frontpage_one_story_a_slot'),
        ),
    ]
